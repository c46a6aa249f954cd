import type { SeedTopic } from "../schema";

export const topics = [
  { slug: "russia-china", name: "Russia and China" },
  { slug: "russia-germany", name: "Russia and Germany" },
  { slug: "us-russia", name: "United States and Russia" },
  { slug: "us-china", name: "United States and China" },
  { slug: "ukraine-war", name: "Ukraine, Crimea and the war" },
  { slug: "nato", name: "NATO and European security" },
  { slug: "iran", name: "Iran" },
  { slug: "middle-east", name: "Middle East" },
  { slug: "china-economy", name: "China's economy" },
  { slug: "energy", name: "Energy trade" },
  { slug: "sanctions", name: "Sanctions" },
  { slug: "nuclear-weapons", name: "Nuclear weapons" },
  { slug: "world-order", name: "World order and great-power realignment" },
] satisfies SeedTopic[];
