"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { apiFetch, runMutation } from "@/lib/queries/http";

/** Demo mode only (the page decides): the owner puts the built-in sandbox back to its seed. */
export function DemoResetCard() {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => apiFetch<{ message: string }>("/api/workspace/demo-reset", { method: "POST" }),
    // Every list on every page showed the old demo data.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <Card title="Demo data">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This dashboard runs on its built-in Zoom sandbox. Resetting puts its meetings, webinars, users and recordings back to how they were at the first start. Your sign-in stays.
      </p>
      <div className="mt-4">
        <Button variant="danger" onClick={() => setOpen(true)}>
          Reset demo data
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        title="Reset demo data?"
        confirmLabel="Reset demo data"
        busy={reset.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          runMutation(reset, undefined, {
            onSuccess: (result) => {
              setOpen(false);
              toast.success(result.message);
            },
            onError: (error) => {
              setOpen(false);
              toast.error(error.message);
            },
          })
        }
      >
        <p>Everything created in the demo since it started is deleted, for every member of this workspace. This cannot be undone.</p>
      </ConfirmDialog>
    </Card>
  );
}
