import { describe, expect, it } from "vitest";
import { actionBodyProblem } from "./action-body";

describe("server action bodies Next could not decode", () => {
  it.each(["{", '"x"', "1", "{}", '[{"a":"$>x"}]', '[1,"$Q"]', '[1,"$5"]', '[["$@1"]]', '[{"k":{"deep":["$F1"]}}]'])("refuses %s", (body) => {
    expect(actionBodyProblem(body)).not.toBeNull();
  });
  it.each(["[]", "[1,{}]", '[1,{"a":"$$dollar","b":"$undefined","c":"plain"}]', '["$D2020-01-01T00:00:00.000Z","$n12","$NaN","$-0"]'])("accepts %s", (body) => {
    expect(actionBodyProblem(body)).toBeNull();
  });
});
