import { byId, el, fill } from './lib/dom.js';
import { errorText } from './lib/format.js';
import { MeDocument, MeQuery, PreviewReportDocument, UploadReportDocument, UploadStatus } from './graphql/operations.js';
import { HubError, gql } from './lib/graphql.js';
import { whoText } from './lib/roles.js';
import { bindTokenInput, currentToken } from './lib/token.js';
import { reportView } from './report/report-view.js';
import { DocumentInput, readDocument, sizeText, tooLargeText } from './upload/document-input.js';
import { drawNotices } from './upload/notices.js';
import { fillTownships, townshipsUnder } from './upload/townships.js';

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
/** The token in use; until the hub has said, nobody's, under the default limit. */
let me: MeQuery['me'] = { name: '匿名', role: null, townships: [], maxUploadBytes: 20 * 1024 * 1024 };

/** An error as a township clerk should read it: what to do, never a setting's name. */
function plainText(error: unknown): string {
  if (error instanceof HubError && error.code === 'DOCUMENT_TOO_LARGE') return tooLargeText(null, me.maxUploadBytes);
  if (error instanceof HubError && error.code === 'NETWORK') return '无法连接服务器：请检查网络，稍后再试。';
  return errorText(error);
}

function showError(error: unknown): void {
  fill(byId('result'), el('p', { class: 'error-text', role: 'alert' }, plainText(error)));
}

async function preview(): Promise<void> {
  const form = byId<HTMLFormElement>('upload-form');
  const file = byId<HTMLInputElement>('file').files?.[0];
  const input = {
    townshipCode: byId<HTMLSelectElement>('township').value,
    year: Number(byId<HTMLInputElement>('year').value),
    document: await readDocument(file, byId<HTMLTextAreaElement>('pasted').value, me.maxUploadBytes),
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
  await drawNotices(me.role === 'UPLOADER');
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
      byId<HTMLButtonElement>('preview').disabled = Boolean(cannotUpload());
      byId<HTMLButtonElement>('confirm').disabled = !pending;
    }
  };
  return () => void act();
}

/** Why the token in use cannot upload, or undefined when it can. */
function cannotUpload(): string | undefined {
  if (!me.role) return '请先在页首填写上传令牌（由市政务公开办发放）。';
  if (me.role !== 'UPLOADER' && me.role !== 'ADMIN') return `${whoText(me)}，不能上传报告：请填写上传令牌。`;
  return undefined;
}

/** The year the upload is for; a township is offered only in the years its code is valid. */
function uploadYear(): number | undefined {
  return Number(byId<HTMLInputElement>('year').value) || undefined;
}

/**
 * Offers what the token may upload for in the year: an uploader its own townships only, the
 * city office any under the region typed.
 */
async function offerTownships(): Promise<void> {
  const townships = byId<HTMLSelectElement>('township');
  const region = byId<HTMLInputElement>('region');
  byId('region-field').hidden = me.role !== 'ADMIN';
  if (me.role === 'ADMIN') fillTownships(townships, await townshipsUnder(region.value.trim(), uploadYear()));
  else fillTownships(townships, me.townships);
}

/** Another year may have other townships (merged, new): the token's are asked for again. */
async function changeYear(): Promise<void> {
  if (me.role === 'UPLOADER') me = (await gql(MeDocument, { year: uploadYear() })).me;
  await offerTownships();
}

/** Asks whose the token is, then draws what it may do; a wrong or revoked token is said plainly. */
async function loadToken(): Promise<void> {
  invalidatePreview();
  fill(byId('result'));
  try {
    me = (await gql(MeDocument, { year: uploadYear() })).me;
  } catch (error) {
    const wrongToken = error instanceof HubError && error.code === 'UNAUTHENTICATED' && currentToken();
    me = { ...me, name: '匿名', role: null, townships: [] };
    byId('whoami').textContent = wrongToken ? '令牌无效' : '';
    fill(byId('access-note'), wrongToken ? '令牌无效、已过期或已被撤销：请重新填写上传令牌。' : plainText(error));
    fillTownships(byId<HTMLSelectElement>('township'), []);
    byId<HTMLButtonElement>('preview').disabled = true;
    await drawNotices(false);
    return;
  }
  byId('whoami').textContent = whoText(me);
  const why = cannotUpload();
  fill(byId('access-note'), why ?? `单个文件不超过 ${sizeText(me.maxUploadBytes)}。`);
  byId('access-note').className = why ? 'error-text' : 'meta';
  byId<HTMLButtonElement>('preview').disabled = Boolean(why);
  await offerTownships().catch(showError);
  await drawNotices(me.role === 'UPLOADER');
}

async function start(): Promise<void> {
  bindTokenInput(byId<HTMLInputElement>('token'), () => void loadToken());
  byId('region').addEventListener('change', () => void offerTownships().catch(showError));
  byId('year').addEventListener('change', () => void changeYear().catch(showError));
  byId('upload-form').addEventListener('input', invalidatePreview);
  byId('upload-form').addEventListener('change', invalidatePreview);
  byId('upload-form').addEventListener('submit', (event) => event.preventDefault());
  byId('preview').addEventListener('click', action(preview));
  byId('confirm').addEventListener('click', action(upload));
  // Reports are published in the year after the one they report on.
  byId<HTMLInputElement>('year').value = String(new Date().getFullYear() - 1);
  await loadToken();
}

void start();
