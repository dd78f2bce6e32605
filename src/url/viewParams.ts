import { type ParamName, type ParamProblem, PARAM_LIST, type ViewParams } from './paramTable';

/** A value the link holds that cannot be used: which parameter, the value as written, and what is wrong. */
export type ValueProblem =
  /** The parameter appears `count` times; the first, `value`, counts. */
  | { readonly param: ParamName; readonly kind: 'repeated'; readonly value: string; readonly count: number }
  /** The value cannot be used, for `why`. */
  | { readonly param: ParamName; readonly kind: 'unusable'; readonly value: string; readonly why: ParamProblem };

export interface ParsedViewParams {
  readonly params: ViewParams;
  readonly problems: readonly ValueProblem[];
}

/**
 * Reads the parameters of VIEW_PARAMS from a query string (`?date=2019-11&span=6m`). Pure and total: any
 * string gives a result, with a problem for every value that cannot be used. When a parameter
 * is repeated the first value counts. Other parameters are not ours (e.g. tracking tags added by the
 * sites a link passes through) and are ignored; empty values count as absent.
 */
export function parseViewParams(search: string): ParsedViewParams {
  // URLSearchParams never throws on a string: bad escapes stay as written, bad UTF-8 becomes U+FFFD.
  const query = new URLSearchParams(search);
  const problems: ValueProblem[] = [];
  const params: Partial<Record<keyof ViewParams, unknown>> = {};
  for (const [param, record] of PARAM_LIST) {
    const values = query.getAll(param).filter((v) => v !== '');
    const [text] = values;
    if (text === undefined) continue;
    if (values.length > 1) problems.push({ param, kind: 'repeated', value: text, count: values.length });
    const read = record.read(text);
    if (read.problem !== undefined) problems.push({ param, kind: 'unusable', value: text, why: read.problem });
    if ('value' in read) params[record.field] = read.value;
  }
  // Each record reads the type of its own field (see ParamRecord), so the fields are those of ViewParams.
  return { params: params as ViewParams, problems };
}
