// @ts-expect-error: the `edtf` package ships no types; only its default export is used, a parser that throws on bad input.
import edtf from 'edtf';

/** A date as the reference parser reads it: its first and last millisecond. */
export interface ReferenceDate {
  readonly min: number;
  readonly max: number;
}

/** What the reference parser makes of an EDTF string; a set of bounds holds one range, or one bound marked `earlier` or `later`. */
export interface ReferenceParse {
  readonly type: string;
  readonly values: readonly (ReferenceDate | readonly [ReferenceDate, ReferenceDate])[];
  readonly earlier?: boolean;
  readonly later?: boolean;
}

/** The reference EDTF parser (`edtf`, a devDependency): throws on anything that is not EDTF. */
export const parseEdtfWithReference = edtf as (text: string) => ReferenceParse;
