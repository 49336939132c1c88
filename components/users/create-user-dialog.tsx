"use client";

/**
 * "Create non-login user" (Zoom's `custCreate`): a host for kiosks, rooms or patients' visits who
 * never signs in. Zoom's field errors land on the fields; on success the next step — scheduling
 * a meeting for them — is one click away.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Button, buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { ZoomErrorDetails, toastSuccess } from "@/components/ui/toast";
import { useCreateNonLoginUser } from "@/lib/queries/users";
import { custCreateSchema, type CustCreateInput } from "@/lib/schemas/user";
import type { ZoomUserCreated } from "@/lib/zoom/types/user";

const FIELDS = ["email", "firstName", "lastName", "displayName", "type"] as const;

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [created, setCreated] = useState<ZoomUserCreated | null>(null);
  const create = useCreateNonLoginUser();
  const form = useForm<CustCreateInput>({ resolver: zodResolver(custCreateSchema), defaultValues: { email: "", firstName: "", lastName: "", displayName: "", type: 1 } });
  const close = () => {
    setCreated(null);
    create.reset();
    form.reset();
    onClose();
  };
  // Escape only hides the form, what was typed kept; Cancel empties it.
  const hide = () => {
    create.reset();
    onClose();
  };
  const submit = form.handleSubmit((values) =>
    create.mutateAsync(values).then(
      (user) => {
        toastSuccess("Non-login user created", user.email);
        setCreated(user);
      },
      (error) => {
        applyServerErrors(error, form.setError, FIELDS);
      },
    ),
  );
  if (created) {
    return (
      <Dialog
        open={open}
        onClose={close}
        title="User created"
        description={`${created.email} can now host meetings through start links.`}
        footer={
          <>
            <Button variant="secondary" onClick={close}>
              Done
            </Button>
            <Link href={`/meetings/new?host=${encodeURIComponent(created.id)}`} className={buttonClass("primary")}>
              Schedule a meeting for this user
            </Link>
          </>
        }
      >
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Send them the start link of each meeting you schedule for them; a non-login user&apos;s start link stays valid for 90 days.
        </p>
      </Dialog>
    );
  }
  return (
    <Dialog
      open={open}
      onClose={hide}
      busy={form.formState.isSubmitting}
      closeOnBackdrop={false}
      size="lg"
      title="Create a non-login user"
      description={
        <>
          Zoom&apos;s <span className="font-mono">custCreate</span>: the user has no password and cannot sign in to the Zoom web portal or app. They host meetings you schedule for
          them through start links, valid for 90 days. Zoom offers this only to accounts with an ISV (Integrated Software Vendor) agreement: without one, Zoom refuses the request and
          its message is shown here.
        </>
      }
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form="create-user-form" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Creating…" : "Create user"}
          </Button>
        </>
      }
    >
      <form id="create-user-form" onSubmit={submit} noValidate className="space-y-4">
        {create.error ? (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
            <p className="font-medium">Zoom did not create the user.</p>
            <ZoomErrorDetails error={create.error} />
          </div>
        ) : null}
        <TextField label="Email" type="email" required autoComplete="off" error={form.formState.errors.email?.message} hint="Used as their Zoom identity; it need not receive mail." {...form.register("email")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="First name" required error={form.formState.errors.firstName?.message} {...form.register("firstName")} />
          <TextField label="Last name" error={form.formState.errors.lastName?.message} {...form.register("lastName")} />
        </div>
        <TextField label="Display name" error={form.formState.errors.displayName?.message} hint="What participants see; defaults to the names above." {...form.register("displayName")} />
        <SelectField label="Licence" error={form.formState.errors.type?.message} {...form.register("type", { setValueAs: Number })}>
          <option value={1}>Basic (meetings up to 40 minutes)</option>
          <option value={2}>Licensed</option>
        </SelectField>
      </form>
    </Dialog>
  );
}
