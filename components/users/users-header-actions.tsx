"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";

// The dialog's form and its zod schema load with the first click: the list does not need them to paint.
const CreateUserDialog = dynamic(() => import("@/components/users/create-user-dialog").then((module) => module.CreateUserDialog), { ssr: false });

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
      {opened ? <CreateUserDialog open={open} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
