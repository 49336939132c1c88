import { viaPool } from "../../../forward.mjs";

export const dynamic = "force-dynamic";
export const GET = viaPool;
export const DELETE = viaPool;
