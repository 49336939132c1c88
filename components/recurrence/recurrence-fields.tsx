"use client";

/**
 * The series' pattern, once "Recurring" is ticked (recurrence-editor.tsx): repeat daily / weekly on
 * chosen days / monthly on a day or on the nth weekday, every n, ending on a date or after n times.
 */
import { useFormContext } from "react-hook-form";
import { FieldGroup, SelectField, TextField, controlBase } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { MAX_INTERVAL_FOR, MAX_OCCURRENCES, MONTHLY_WEEKS, ZOOM_WEEKDAYS, type RecurrenceInput } from "@/lib/schemas/recurrence";

interface RecurringValues {
  recurrence: RecurrenceInput | null;
  startDate: string;
}

const unit = { daily: ["day", "days"], weekly: ["week", "weeks"], monthly: ["month", "months"] } as const;

export function RecurrenceFields({ recurrence, kind = "meeting" }: { recurrence: RecurrenceInput; kind?: "meeting" | "webinar" }) {
  const maxInterval = MAX_INTERVAL_FOR[kind][recurrence.type];
  const { register, setValue, formState } = useFormContext<RecurringValues>();
  const errors = formState.errors.recurrence;
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-4 dark:border-slate-800 dark:bg-slate-950/40">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Repeats" {...register("recurrence.type")}>
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
          <option value="monthly">Monthly</option>
        </SelectField>
        <TextField
          label={`Every how many ${unit[recurrence.type][1]}`}
          type="number"
          min={1}
          max={maxInterval}
          inputMode="numeric"
          error={errors?.interval?.message}
          hint={`1 to ${maxInterval}`}
          {...register("recurrence.interval", { valueAsNumber: true })}
        />
      </div>

      {recurrence.type === "weekly" ? (
        <FieldGroup legend="On these days" error={errors?.weeklyDays?.message}>
          <div className="flex flex-wrap gap-2">
            {ZOOM_WEEKDAYS.map((day) => {
              const checked = recurrence.weeklyDays.includes(day.value);
              return (
                <label
                  key={day.value}
                  className={cn(
                    "cursor-pointer select-none rounded-full border px-3 py-1.5 text-sm font-medium transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500",
                    checked ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200",
                  )}
                >
                  <input
                    type="checkbox"
                    className="sr-only"
                    checked={checked}
                    onChange={(event) => {
                      const next = event.target.checked ? [...recurrence.weeklyDays, day.value] : recurrence.weeklyDays.filter((d) => d !== day.value);
                      setValue("recurrence.weeklyDays", next.sort((a, b) => a - b), { shouldDirty: true, shouldValidate: formState.isSubmitted });
                    }}
                  />
                  <span aria-hidden="true">{day.short}</span>
                  <span className="sr-only">{day.long}</span>
                </label>
              );
            })}
          </div>
        </FieldGroup>
      ) : null}

      {recurrence.type === "monthly" ? (
        <FieldGroup legend="On" error={errors?.monthlyDay?.message}>
          <div className="space-y-3">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <input type="radio" id="monthly-day" value="day" {...register("recurrence.monthlyMode")} className="accent-brand-600" />
              <label htmlFor="monthly-day">Day</label>
              <input
                type="number"
                min={1}
                max={31}
                aria-label="Day of the month"
                disabled={recurrence.monthlyMode !== "day"}
                className={cn(controlBase, "w-20")}
                {...register("recurrence.monthlyDay", { valueAsNumber: true })}
              />
              <span className="text-slate-600 dark:text-slate-400">of the month (the last day in shorter months)</span>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <input type="radio" id="monthly-weekday" value="weekday" {...register("recurrence.monthlyMode")} className="accent-brand-600" />
              <label htmlFor="monthly-weekday">The</label>
              <select aria-label="Week of the month" disabled={recurrence.monthlyMode !== "weekday"} className={cn(controlBase, "w-32")} {...register("recurrence.monthlyWeek", { setValueAs: Number })}>
                {MONTHLY_WEEKS.map((week) => (
                  <option key={week.value} value={week.value}>
                    {week.label}
                  </option>
                ))}
              </select>
              <select aria-label="Day of the week" disabled={recurrence.monthlyMode !== "weekday"} className={cn(controlBase, "w-36")} {...register("recurrence.monthlyWeekDay", { setValueAs: Number })}>
                {ZOOM_WEEKDAYS.map((day) => (
                  <option key={day.value} value={day.value}>
                    {day.long}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </FieldGroup>
      ) : null}

      <FieldGroup legend="Ends" error={errors?.endTimes?.message ?? errors?.endDate?.message}>
        <div className="space-y-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <input type="radio" id="end-count" value="count" {...register("recurrence.endMode")} className="accent-brand-600" />
            <label htmlFor="end-count">After</label>
            <input
              type="number"
              min={1}
              max={MAX_OCCURRENCES}
              aria-label="Number of occurrences"
              disabled={recurrence.endMode !== "count"}
              className={cn(controlBase, "w-20")}
              {...register("recurrence.endTimes", { valueAsNumber: true })}
            />
            <span className="text-slate-600 dark:text-slate-400">occurrences (Zoom allows up to {MAX_OCCURRENCES})</span>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <input type="radio" id="end-date" value="date" {...register("recurrence.endMode")} className="accent-brand-600" />
            <label htmlFor="end-date">On</label>
            <input type="date" aria-label="Last date" disabled={recurrence.endMode !== "date"} className={cn(controlBase, "w-44")} {...register("recurrence.endDate")} />
          </div>
        </div>
      </FieldGroup>
    </div>
  );
}
