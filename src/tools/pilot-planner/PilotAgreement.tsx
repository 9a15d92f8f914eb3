/** The one-page pilot agreement: shown as it will read, with copy, download and print. */
import { DocumentView } from '../ui/DocumentView';
import { PrintableDocumentActions } from '../ui/PrintableDocument';
import { toMarkdown } from '../framework/document';
import { useHydratedStore, useSettings, useTool } from '../ui/hooks';
import { agreementBlocks } from './agreement';
import { pilotFormat } from './format';
import { pilotFor } from './store';

export function PilotAgreement() {
  const pp = useTool(pilotFor);
  const state = useHydratedStore(pp.store.$state, pp.def.initial());
  const { locale } = useSettings();
  const blocks = agreementBlocks(state, pilotFormat(locale));
  return (
    <section class="pp-agreement" aria-labelledby="pp-agreement-title">
      <h2 id="pp-agreement-title">Pilot agreement</h2>
      <p class="no-print">
        One page to agree with the vendor before the pilot starts: the work, the period, the pass marks and the decision
        rule. It fills in as you type above.
      </p>
      <PrintableDocumentActions
        id="pp-agreement"
        name="pilot agreement"
        copyLabel="Copy agreement as Markdown"
        downloadLabel="Download agreement (Markdown)"
        printLabel="Print agreement"
        file={['pilot-agreement', state.vendor.trim() || undefined]}
        printTarget="pp-agreement-doc"
        markdown={() => toMarkdown(blocks)}
      />
      <div id="pp-agreement-doc" class="document-frame">
        <DocumentView blocks={blocks} baseLevel={3} />
      </div>
    </section>
  );
}
