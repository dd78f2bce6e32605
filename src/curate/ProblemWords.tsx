import type { DataProblem } from '../model/types';
import { richMessage } from '../panels/richMessage';
import { detailsAddTo } from './detailsAddTo';
import { sentences } from './sentences';
import { useCurateI18n } from './useCurateI18n';

/**
 * A problem the validator found, as the curator reads it: what its kind means, in the page's language, then the
 * validator's own English particulars, marked as English and said to be so (left out where they would only repeat
 * an English sentence). Both are text: nothing the data holds is read as markup.
 */
export function ProblemWords({ problem }: { readonly problem: DataProblem }) {
  const { t } = useCurateI18n();
  const sentence = t(`curate.problem.${problem.kind}`);
  const said = <span className="curate-problem-sentence">{sentence}</span>;
  if (!detailsAddTo(sentence, problem.message)) return said;
  const details = (
    <span className="curate-problem-details">
      {richMessage(t, 'curate.problem.details', {
        details: (
          <span lang="en" data-problem-details="">
            {problem.message}
          </span>
        ),
      })}
    </span>
  );
  return sentences(t, [said, details]);
}
