import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SignupForm } from "@/app/_components/editor/signup-form";
import { env } from "@/lib/config/env";
import { pageMetadata } from "@/lib/share/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Create an account",
  description: "Create a reader account on Hindsight.",
  path: "/signup",
  noindex: true,
});

/** Exists only while HINDSIGHT_OPEN_SIGNUP=true (better-auth refuses sign-ups otherwise too). */
export default async function SignupPage() {
  await connection();
  if (env().HINDSIGHT_OPEN_SIGNUP !== "true") notFound();
  return (
    <div className="narrow">
      <h1>Create an account</h1>
      <p className="lead">New accounts are readers. An admin can make you an editor.</p>
      <SignupForm />
    </div>
  );
}
