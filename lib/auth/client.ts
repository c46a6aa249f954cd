"use client";
/** better-auth's browser client: sign-in and sign-up post to /api/auth (rate-limited there). */
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();
