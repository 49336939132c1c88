"use client";

import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";

// The dialog's form and its zod schema load with the first click: the list does not need them to paint.
const CreateUserDialog = lazy(() => import("@/components/users/create-user-dialog").then((module) => ({ default: module.CreateUserDialog })));

export function UsersHeaderActions() {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so closing keeps the dialog's close animation and state rules.
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        Create non-login user
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <CreateUserDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
