import { viaFetch } from "../../../forward.mjs";

export const dynamic = "force-dynamic";
export const GET = viaFetch;
export const DELETE = viaFetch;
