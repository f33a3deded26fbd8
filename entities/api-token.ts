import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An API token: its holder's name and role, and for an UPLOADER the townships it may upload
 * for. Only the SHA-256 of the secret is stored; the secret is shown once, when created.
 */
@Entity('api_tokens')
@Index('uq_api_tokens_secret_hash', ['secretHash'], { unique: true })
export class ApiToken {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** ADMIN, UPLOADER, EVALUATOR or ANALYST. */
  @Column({ type: 'varchar', length: 10 })
  role!: string;

  /** Normalized township codes, one per line (only an UPLOADER has any). */
  @Column({ type: 'text' })
  townshipCodes!: string;

  @Column({ type: 'varchar', length: 64 })
  secretHash!: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;
}
