"use client";

import { useState } from "react";
import { CreateUserDialog } from "@/components/users/create-user-dialog";
import { Button } from "@/components/ui/button";

export function UsersHeaderActions() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Create non-login user</Button>
      <CreateUserDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
