import { byId, el, fill } from './lib/dom.js';
import { errorText } from './lib/format.js';
import { PreviewReportDocument, UploadReportDocument, UploadStatus } from './graphql/operations.js';
import { gql } from './lib/graphql.js';
import { bindTokenInput } from './lib/token.js';
import { reportView } from './report/report-view.js';
import { DocumentInput, readDocument } from './upload/document-input.js';
import { fillTownships } from './upload/townships.js';

const STATUS_LABELS: Record<UploadStatus, string> = {
  CREATED: '已创建（首个版本）',
  UPDATED: '已更新（新版本，旧版本保留）',
  UNCHANGED: '内容与当前版本相同，未保存新版本',
};

/** The input both the preview and the upload send; the document is read once and reused. */
interface PendingUpload {
  townshipCode: string;
  year: number;
  document: DocumentInput;
}

let pending: PendingUpload | undefined;

function showError(error: unknown): void {
  fill(byId('result'), el('p', { class: 'error-text', role: 'alert' }, errorText(error)));
}

async function preview(): Promise<void> {
  const form = byId<HTMLFormElement>('upload-form');
  const file = byId<HTMLInputElement>('file').files?.[0];
  const input = {
    townshipCode: byId<HTMLSelectElement>('township').value,
    year: Number(byId<HTMLInputElement>('year').value),
    document: await readDocument(file, byId<HTMLTextAreaElement>('pasted').value),
  };
  const data = await gql(PreviewReportDocument, { input: { townshipCode: input.townshipCode, year: input.year, ...input.document } });
  pending = input;
  form.dataset.previewed = 'true';
  fill(
    byId('result'),
    el('p', { class: 'meta' }, `按 ${data.previewReport.format} 格式读取。请核对下列表格与问题，确认无误后上传。`),
    reportView(data.previewReport.report),
  );
}

async function upload(): Promise<void> {
  if (!pending) throw new Error('请先预览');
  const data = await gql(UploadReportDocument, { input: { townshipCode: pending.townshipCode, year: pending.year, ...pending.document } });
  fill(
    byId('result'),
    el('p', { class: 'success', role: 'status' }, `上传成功：${STATUS_LABELS[data.uploadReport.status]}`),
    reportView(data.uploadReport.report),
  );
}

/** Any change to what would be sent makes the clerk preview again before uploading. */
function invalidatePreview(): void {
  pending = undefined;
  delete byId('upload-form').dataset.previewed;
}

function action(run: () => Promise<void>): () => void {
  const act = async () => {
    const buttons = [byId<HTMLButtonElement>('preview'), byId<HTMLButtonElement>('confirm')];
    buttons.forEach((b) => (b.disabled = true));
    try {
      await run();
    } catch (error) {
      showError(error);
    } finally {
      byId<HTMLButtonElement>('preview').disabled = false;
      byId<HTMLButtonElement>('confirm').disabled = !pending;
    }
  };
  return () => void act();
}

async function start(): Promise<void> {
  bindTokenInput(byId<HTMLInputElement>('token'));
  const region = byId<HTMLInputElement>('region');
  const townships = byId<HTMLSelectElement>('township');
  const reloadTownships = () => fillTownships(townships, region.value.trim()).catch(showError);
  region.addEventListener('change', () => void reloadTownships());
  byId('upload-form').addEventListener('input', invalidatePreview);
  byId('upload-form').addEventListener('change', invalidatePreview);
  byId('upload-form').addEventListener('submit', (event) => event.preventDefault());
  byId('preview').addEventListener('click', action(preview));
  byId('confirm').addEventListener('click', action(upload));
  byId<HTMLInputElement>('year').value = String(new Date().getFullYear() - 1);
  await reloadTownships();
}

void start();
