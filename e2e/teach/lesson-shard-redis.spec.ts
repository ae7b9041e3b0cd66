import { expect, test } from '@playwright/test';
import { Workshop } from './pages/workshop';

test('lesson: shard Redis with an ambassador, then explore where keys land', async ({ page }) => {
  const app = new Workshop(page);
  await app.openLessons();
  await app.startLesson('Shard Redis with an ambassador');
  await expect(app.problems).toContainText('no container of web listens on port 6379');

  await app.dropInto('ambassador', 'Sharded Redis', 'web');
  await app.expectStepDone('Add the ambassador');
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.type('Shard count', '4');
  await app.expectStepDone('Run 4 shards');
  await app.type('Hash tag', '{}');
  await app.expectComplete();
  await app.expectPreview(/hash_tag: "\{\}"/);
  await app.shot('shard-redis-complete');

  // The shard explorer answers for the design just built.
  await app.inspector.getByRole('button', { name: 'Explore shards' }).click();
  const explorer = page.getByRole('dialog', { name: 'Shard explorer: twemproxy' });
  await expect(explorer).toBeVisible();
  const keys = explorer.getByLabel('Keys', { exact: true });
  await keys.fill('user:{42}:name\nuser:{42}:cart\nsession:1');
  const rows = explorer.getByRole('table', { name: 'Where each key lands' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  const shardOf = async (i: number) => (await rows.nth(i).getByRole('cell').nth(1).textContent()) ?? '';
  expect(await shardOf(1)).toMatch(/^shard-[0-3]$/);
  expect(await shardOf(1)).toBe(await shardOf(2));
  await expect(
    explorer.getByRole('list', { name: 'Share of sample keys per shard' }).getByRole('listitem'),
  ).toHaveCount(4);
  const moves = explorer.getByRole('table', { name: 'Sample keys that land on another shard afterwards' });
  await expect(moves.getByRole('row', { name: /Add a shard/ })).toContainText('%');
  await app.shot('shard-explorer');
  await explorer.getByRole('button', { name: 'Close' }).click();
  await expect(explorer).toBeHidden();
});
