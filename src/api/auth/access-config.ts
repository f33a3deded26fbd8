/** Who may do what without a stored token. */
export interface AccessConfig {
  /** SHA-256 of HUB_ADMIN_TOKEN: the first admin, accepted without being stored. */
  adminTokenHash: string | null;
  /** Report data and comparisons without a token (HUB_PUBLIC_READ=off closes them). */
  publicRead: boolean;
}
