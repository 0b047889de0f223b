// An article's images (SPEC §8: "images as attachments"): uploaded on the desk's editor under the
// attachment limits, referenced in the body as `![what it shows](image:<id>)`, and served only to
// someone who may read the article.
import { QueryTypes } from 'sequelize';
import { mayRead } from '../../domain/knowledge/articles.js';
import type { Services } from '../context.js';
import { isStaff, type Person } from '../people/people.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { checkFiles, type IncomingFile } from '../cases/attachments.js';
import { loadArticle } from './article-store.js';
import { withDetail } from '../../domain/validation.js';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export interface ArticleImage {
  id: number;
  filename: string;
  size: number;
}

/** Stores images on the article; their references to put in the body. */
export async function addArticleImages(s: Services, person: Person, articleId: number, files: IncomingFile[]): Promise<ArticleImage[]> {
  if (!isStaff(person)) throw forbidden();
  if (!(await loadArticle(s, articleId))) throw notFound();
  if (files.length === 0) throw invalid({ images: 'required' });
  const check = await checkFiles(files);
  if (check.errors.attachments) throw invalid({ images: check.errors.attachments });
  // Judged by content: the type is the one the file's kind has, never the sender's claim.
  const notImages = check.accepted.filter((f) => !IMAGE_TYPES.includes(f.contentType));
  if (notImages.length) throw invalid({ images: withDetail('not_an_image', { file: notImages.map((f) => f.filename).join(', ') }) });
  const out: ArticleImage[] = [];
  for (const f of check.accepted) {
    const filename = (f.filename.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}"<>|]/gu, '_').slice(0, 180) || 'image';
    const [row] = await s.db.sequelize.query<{ id: number }>(
      `INSERT INTO article_images (article_id, filename, content_type, size, data, uploaded_by_id, created_at)
       VALUES (:articleId, :filename, :type, :size, :data, :by, :at) RETURNING id`,
      {
        type: QueryTypes.SELECT,
        replacements: { articleId, filename, type: f.contentType, size: f.data.length, data: f.data, by: person.id, at: new Date(s.now()) },
      },
    );
    out.push({ id: row.id, filename, size: f.data.length });
  }
  return out;
}

export async function articleImages(s: Services, articleId: number): Promise<ArticleImage[]> {
  return s.db.sequelize.query<ArticleImage>('SELECT id, filename, size FROM article_images WHERE article_id = :articleId ORDER BY id', {
    type: QueryTypes.SELECT,
    replacements: { articleId },
  });
}

/** An image of an article the person may read (else not found). */
export async function readArticleImage(
  s: Services,
  person: Person,
  articleId: number,
  imageId: number,
): Promise<{ contentType: string; data: Buffer; filename: string }> {
  const a = await loadArticle(s, articleId);
  if (!a || !mayRead(a, person) || !Number.isSafeInteger(imageId) || imageId <= 0 || imageId > 2_147_483_647) throw notFound();
  const [row] = await s.db.sequelize.query<{ content_type: string; data: Buffer; filename: string }>(
    'SELECT content_type, data, filename FROM article_images WHERE id = :imageId AND article_id = :articleId',
    { type: QueryTypes.SELECT, replacements: { imageId, articleId } },
  );
  if (!row) throw notFound();
  return { contentType: row.content_type, data: row.data, filename: row.filename };
}
