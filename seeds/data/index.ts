/** The reviewed seed corpus: every record here is validated by seeds/corpus.test.ts and by the loader. */
import { articles } from "./articles";
import { events } from "./events";
import { forecasts as forecasts000 } from "./forecasts-000";
import { forecasts as forecasts001 } from "./forecasts-001";
import { forecasts as forecasts002 } from "./forecasts-002";
import { forecasts as forecasts003 } from "./forecasts-003";
import { forecasts as forecasts004 } from "./forecasts-004";
import { outcomes } from "./outcomes";
import { outlets } from "./outlets";
import { people } from "./people";
import { topics } from "./topics";

export { articles, events, forecasts000, forecasts001, forecasts002, forecasts003, forecasts004, outcomes, outlets, people, topics };

/** The corpus date: outcomes are recorded as known on this day. */
export const CORPUS_DATE = "2026-11-21";

export const corpus = {
  outlets,
  people,
  articles,
  events,
  topics,
  forecasts: [...forecasts000, ...forecasts001, ...forecasts002, ...forecasts003, ...forecasts004],
  outcomes,
};
