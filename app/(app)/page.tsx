import { ComingSoon } from "@/components/ui/coming-soon";

export default function HomePage() {
  return <ComingSoon title="Home" description="Today's meetings at a glance." what="This section is being built." />;
}
