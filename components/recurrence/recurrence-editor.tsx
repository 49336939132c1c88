"use client";

/**
 * Zoom's recurrence, edited in words: a "Recurring" box, and once it is ticked the pattern's fields
 * (recurrence-fields.tsx). Works inside any form whose values have `recurrence`, `startDate`
 * (meetings and webinars both do). The fields and the recurrence rules (zod) load when a series is
 * shown: most meetings happen once, and the form paints without them.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { CheckboxField } from "@/components/ui/field";
import type { RecurrenceInput } from "@/lib/schemas/recurrence";

interface RecurringValues {
  recurrence: RecurrenceInput | null;
  startDate: string;
}

const RecurrenceFields = lazy(() => import("@/components/recurrence/recurrence-fields").then((module) => ({ default: module.RecurrenceFields })));

/** The start date's weekday in Zoom's numbering (1 = Sunday) and its day of the month; Tuesday the 1st when the date is not complete. */
function startDay(startDate: string): { zoomWeekday: number; monthDay: number } {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? new Date(`${startDate}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return { zoomWeekday: 2, monthDay: 1 };
  return { zoomWeekday: date.getUTCDay() + 1, monthDay: date.getUTCDate() };
}

export function RecurrenceEditor({ noun = "meeting" }: { noun?: string }) {
  const { setValue, formState, control } = useFormContext<RecurringValues>();
  const recurrence = useWatch({ control, name: "recurrence" });
  const startDate = useWatch({ control, name: "startDate" });
  // Ticked at once while the rules load (a person, or a test, sees the box follow the click); a
  // later untick wins over a load still under way.
  const [turningOn, setTurningOn] = useState(false);
  const ticks = useRef(0);

  return (
    <div className="space-y-4">
      <CheckboxField
        label={`Recurring ${noun}`}
        description="Repeats on a schedule; each occurrence can later be moved or deleted on its own."
        checked={recurrence !== null || turningOn}
        onChange={(event) => {
          const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
          const tick = ++ticks.current;
          setTurningOn(event.target.checked);
          if (!event.target.checked) return setValue("recurrence", null, options);
          const { zoomWeekday, monthDay } = startDay(startDate || "");
          void import("@/lib/schemas/recurrence").then(
            ({ defaultRecurrence }) => {
              if (tick !== ticks.current) return;
              setValue("recurrence", { ...defaultRecurrence(zoomWeekday), monthlyDay: monthDay }, options);
              setTurningOn(false);
            },
            // The chunk did not load (offline): the box goes back to what the form holds.
            () => tick === ticks.current && setTurningOn(false),
          );
        }}
      />
      {recurrence ? (
        <Suspense fallback={null}>
          <RecurrenceFields recurrence={recurrence} kind={noun === "webinar" ? "webinar" : "meeting"} />
        </Suspense>
      ) : null}
    </div>
  );
}
