import { type ParamName, PARAM_LIST, type ViewParams, quoteValue } from './paramTable';

/** A value the link holds that cannot be used, said in words a reader understands. */
export interface ParamProblem {
  readonly param: ParamName;
  /** `repeated`: the parameter appears more than once (the first counts); `unusable`: its value cannot be used. */
  readonly kind: 'repeated' | 'unusable';
  /** What is wrong, e.g. `The date “banana” is not a date like 2019, 2019-11 or 2019-11-22.` */
  readonly message: string;
}

export interface ParsedViewParams {
  readonly params: ViewParams;
  readonly problems: readonly ParamProblem[];
}

/**
 * Reads the parameters of VIEW_PARAMS from a query string (`?date=2019-11&span=6m`). Pure and total: any
 * string gives a result, with a problem in words for every value that cannot be used. When a parameter
 * is repeated the first value counts. Other parameters are not ours (e.g. tracking tags added by the
 * sites a link passes through) and are ignored; empty values count as absent.
 */
export function parseViewParams(search: string): ParsedViewParams {
  // URLSearchParams never throws on a string: bad escapes stay as written, bad UTF-8 becomes U+FFFD.
  const query = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  const params: Partial<Record<keyof ViewParams, unknown>> = {};
  for (const [param, record] of PARAM_LIST) {
    const values = query.getAll(param).filter((v) => v !== '');
    const [text] = values;
    if (text === undefined) continue;
    if (values.length > 1) {
      problems.push({
        param,
        kind: 'repeated',
        message: `The link gives ${param} ${values.length} times; only the first, ${quoteValue(text)}, is used.`,
      });
    }
    const read = record.read(text);
    if ('problem' in read) problems.push({ param, kind: 'unusable', message: read.problem });
    else params[record.field] = read.value;
  }
  // Each record reads the type of its own field (see ParamRecord), so the fields are those of ViewParams.
  return { params: params as ViewParams, problems };
}
