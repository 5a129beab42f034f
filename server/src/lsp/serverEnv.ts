// The environment the language server is started with. glibc 2.35 and later
// back large allocations with transparent huge pages when asked
// (glibc.malloc.hugetlb=1): the corpus snapshot's typed arrays (75 MB at
// 10,000 articles) are then read several times faster where each first touch
// of a 4 KB page is costly, as on the 2-core VM the bench runs on (10,000
// articles warm: 2.25 → 1.73 s). Other platforms and C libraries ignore it.
const LARGE_PAGES = 'glibc.malloc.hugetlb=1';

export function serverEnv(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv {
  if (platform !== 'linux' || env.GLIBC_TUNABLES?.includes('glibc.malloc.hugetlb')) return env;
  return { ...env, GLIBC_TUNABLES: env.GLIBC_TUNABLES ? `${env.GLIBC_TUNABLES}:${LARGE_PAGES}` : LARGE_PAGES };
}
