"use client";

/** Settings → Mail → Mailbox language: one select, saved at Zoom. */
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { ListError } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { mailQueries, useSaveLanguage } from "@/lib/queries/mail";
import { languageSchema, MAIL_LANGUAGES, type LanguageInput } from "@/lib/schemas/mail";

const nameOf = (tag: string) => MAIL_LANGUAGES.find(([t]) => t === tag)?.[1] ?? tag;

function LanguageFields({ saved }: { saved: string }) {
  const form = useForm<LanguageInput>({ resolver: zodResolver(languageSchema), defaultValues: { language: saved as LanguageInput["language"] } });
  const save = useSaveLanguage();
  const current = save.data?.language ?? saved;
  const onSubmit = form.handleSubmit(async (input) => {
    try {
      const result = await save.mutateAsync(input);
      toastSuccess("Mailbox language saved", `${nameOf(result.language)} (${result.language})`);
    } catch (error) {
      toastError("The language was not saved", error);
    }
  });
  const known = MAIL_LANGUAGES.some(([tag]) => tag === saved);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Saved at Zoom: <strong className="text-slate-900 dark:text-slate-100">{`${nameOf(current)} (${current})`}</strong>
      </p>
      <SelectField label="Language" hint="The language Zoom Mail uses for your mailbox (folder names, automatic messages)." error={form.formState.errors.language?.message} className="max-w-sm" {...form.register("language")}>
        {known ? null : <option value={saved}>{saved}</option>}
        {MAIL_LANGUAGES.map(([tag, name]) => (
          <option key={tag} value={tag}>
            {name} ({tag})
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save language"}
      </Button>
    </form>
  );
}

export function LanguageCard() {
  const query = useQuery(mailQueries.language());
  return (
    <Card title="Mailbox language">
      {query.isPending ? <SkeletonRows rows={2} label="Loading the language" /> : query.isError ? <ListError error={query.error} onRetry={() => void query.refetch()} what="the language" /> : <LanguageFields saved={query.data.language} />}
    </Card>
  );
}
