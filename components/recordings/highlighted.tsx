import { highlightParts } from "@/components/recordings/transcript";

/** `text` with the matches of `query` marked (search results in the transcript and the chat). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-400/40 dark:text-white">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
