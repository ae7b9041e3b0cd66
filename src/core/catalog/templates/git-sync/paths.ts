/** Where git-sync keeps its root (the repository, its worktrees and the published link). */
export const GIT_SYNC_ROOT = '/git';
/** Where git-sync looks for its SSH key (`ssh`) and `known_hosts` by default. */
export const GIT_SYNC_SECRET_DIR = '/etc/git-secret';
