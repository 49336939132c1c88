"use client";

/**
 * Scheduling a meeting or a webinar: every field a host sets in Zoom, a live preview of a series,
 * and — when Zoom refuses — the reason next to the field it concerns, with every value kept. Admins
 * can schedule for anyone in the account; "Schedule from template" arrives with the template chosen.
 * With a template the settings stay visible and editable: Zoom's API cannot show a template's
 * settings, so the form says so and sends only the settings the person changed, as overrides.
 * The meeting and webinar forms supply their defaults, settings fields and wording.
 */
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { FormProvider, useFormContext, useFormState, useWatch, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";
import { FormSection } from "@/components/scheduled/form-section";
import { FormActions, FormAside, FormLayout } from "@/components/scheduled/form-layout";
import { SaveError } from "@/components/scheduled/save-error";
import { ScheduledFields } from "@/components/scheduled/scheduled-fields";
import { ScheduledSummary } from "@/components/scheduled/scheduled-summary";
import { applyServerErrors } from "@/components/ui/server-errors";
import { WriteBudgetNotice } from "@/components/scheduled/write-budget-notice";
import { RecurrencePreview } from "@/components/recurrence/recurrence-preview";
import { checkAlternativeHosts } from "@/components/scheduled/alternative-hosts";
import { TemplateNotice } from "@/components/templates/template-notice";
import { SelectField } from "@/components/ui/field";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { templateQueries } from "@/lib/queries/templates";
import { schedulableTemplate } from "@/lib/schemas/template-rules";
import { userQueries } from "@/lib/queries/users";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

const FIELDS = ["topic", "agenda", "startDate", "startTime", "timezone", "duration", "passcode", "settings", "recurrence", "scheduleFor", "templateId", "templateOverrides"] as const;

export interface ScheduledAddFormProps {
  isAdmin: boolean;
  viewerZoomUserId: string;
  /** Prefill "Schedule for" (e.g. from the users page). */
  initialHost?: string;
  /** Prefill from "Schedule from template". */
  initialTemplate?: { id: string; name: string };
}

/** How the meeting and webinar forms word the same flow. */
export interface ScheduledAddKind {
  noun: ScheduledKind;
  /** `/meetings` or `/webinars`: Cancel goes there, a success to `${basePath}/{id}`. */
  basePath: string;
  /** "Meeting" / "Webinar", for the toast. */
  title: string;
  hostTemplateDescription: string;
  /** What each setting (form key under `settings`) is called, to list the ones overriding a template. */
  settingLabels: Record<string, string>;
  /** Meeting-only extras: a hint under "Schedule for", the prefilled host kept as an option. */
  scheduleForHint?: string;
  keepInitialHostOption?: boolean;
  templateError?: boolean;
}

interface HostTemplateValues extends FieldValues {
  topic: string;
  scheduleFor: string;
  templateId: string;
  templateOverrides?: string[];
  settings: { alternativeHosts: string[] };
}

export function ScheduledAddForm<T extends HostTemplateValues>({
  kind,
  form,
  create,
  settingsFields,
  ...props
}: ScheduledAddFormProps & {
  kind: ScheduledAddKind;
  form: UseFormReturn<T>;
  create: { mutateAsync: (values: T) => Promise<{ id: number }>; error: Error | null };
  settingsFields: ReactNode;
}) {
  const router = useRouter();
  const hosts = useQuery({ ...userQueries.hosts(), enabled: props.isAdmin });
  const submit = form.handleSubmit((values) => {
    if (!checkAlternativeHosts(values, hosts.data, form.setError)) return;
    // Only what the person changed overrides the template; the rest is the template's (unseen) value.
    const dirty = form.formState.dirtyFields as { settings?: Record<string, unknown> };
    const overrides = values.templateId ? Object.keys(dirty.settings ?? {}) : [];
    return create.mutateAsync({ ...values, templateOverrides: overrides }).then(
      (created) => {
        toastSuccess(`${kind.title} scheduled`, values.topic);
        router.push(`${kind.basePath}/${created.id}`);
      },
      (error) => {
        applyServerErrors(error, form.setError, FIELDS);
        toastError(`Zoom did not schedule the ${kind.noun}`, error);
      },
    );
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={`Schedule a ${kind.noun}`}>
        <Layout kind={kind} createError={create.error} settingsFields={settingsFields} {...props} />
      </form>
    </FormProvider>
  );
}

function Layout({
  kind,
  createError,
  settingsFields,
  isAdmin,
  viewerZoomUserId,
  initialHost,
  initialTemplate,
}: ScheduledAddFormProps & { kind: ScheduledAddKind; createError: Error | null; settingsFields: ReactNode }) {
  const form = useFormContext<HostTemplateValues>();
  const [scheduleFor, templateId] = useWatch({ control: form.control, name: ["scheduleFor", "templateId"] });
  const hosts = useQuery({ ...userQueries.hosts(), enabled: isAdmin });
  const templates = useQuery(templateQueries.list(kind.noun, scheduleFor || "me"));
  // Only what Zoom's API can schedule from (for meetings: admin templates).
  const templateList = (templates.data?.templates ?? []).filter((template) => schedulableTemplate(kind.noun, template));
  const templateName = (id: string) => templateList.find((t) => t.id === id)?.name ?? (initialTemplate?.id === id ? initialTemplate.name : "");
  const templateField = form.register("templateId");

  // Choosing a template names an untitled meeting after it; a topic the person typed is kept.
  const chooseTemplate = (id: string) => {
    const topic = form.getValues("topic").trim();
    if (id && (!topic || topic === templateName(templateId))) form.setValue("topic", templateName(id) as PathValue<HostTemplateValues, Path<HostTemplateValues>>, { shouldDirty: true });
  };

  return (
    <FormLayout
      main={
        <>
          {createError ? <SaveError error={createError} title={`Zoom did not schedule the ${kind.noun}`} /> : null}
          <ScheduledFields mode="create" noun={kind.noun} />
          <FormSection title="Host and template" description={kind.hostTemplateDescription}>
            {isAdmin ? (
              <SelectField label="Schedule for" error={form.formState.errors.scheduleFor?.message} hint={kind.scheduleForHint} {...form.register("scheduleFor")}>
                <option value="">Me</option>
                {(hosts.data?.hosts ?? [])
                  .filter((host) => host.id !== viewerZoomUserId)
                  .map((host) => (
                    <option key={host.id} value={host.id}>
                      {host.name} ({host.email})
                    </option>
                  ))}
                {kind.keepInitialHostOption && initialHost && !hosts.data?.hosts.some((h) => h.id === initialHost) ? <option value={initialHost}>{initialHost}</option> : null}
              </SelectField>
            ) : null}
            <SelectField
              label="Template"
              error={kind.templateError ? form.formState.errors.templateId?.message : undefined}
              {...templateField}
              onChange={(event) => {
                chooseTemplate(event.target.value);
                return templateField.onChange(event);
              }}
            >
              <option value="">No template — choose the settings below</option>
              {templateList.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
              {initialTemplate && !templates.data?.templates.some((t) => t.id === initialTemplate.id) ? <option value={initialTemplate.id}>{initialTemplate.name}</option> : null}
            </SelectField>
          </FormSection>
          {templateId ? <TemplateNotice noun={kind.noun} name={templateName(templateId)} overrides={<TemplateOverrides labels={kind.settingLabels} />} /> : null}
          {settingsFields}
        </>
      }
      aside={
        <FormAside
          title="Summary"
          actions={<FormActions cancelHref={kind.basePath} submitting={form.formState.isSubmitting} label={`Schedule ${kind.noun}`} busyLabel="Scheduling…" />}
        >
          <ScheduledSummary noun={kind.noun} />
          <WriteBudgetNotice userId={scheduleFor || "me"} />
          <RecurrencePreview />
        </FormAside>
      }
    />
  );
}

/** The settings changed so far, by name: these are sent and override the template's. */
function TemplateOverrides({ labels }: { labels: Record<string, string> }) {
  const { dirtyFields } = useFormState<HostTemplateValues>();
  const changed = Object.keys(dirtyFields.settings ?? {}).map((key) => labels[key] ?? key);
  return changed.length ? (
    <>
      Overriding the template: <span className="font-medium">{changed.join(", ")}</span>.
    </>
  ) : (
    <>You have not changed any setting, so all of them come from the template.</>
  );
}
