import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One criterion of a rubric version: what it is worth and how its points are computed. The
 * rule kind's parameters differ per kind (deductions, thresholds, metrics), so they are
 * kept as JSON, validated against the kind's schema before they are stored.
 */
@Entity('rubric_criteria')
@Index('uq_rubric_criteria_rubric_version_id_position', ['rubricVersionId', 'position'], { unique: true })
@Index('uq_rubric_criteria_rubric_version_id_criterion_key', ['rubricVersionId', 'criterionKey'], { unique: true })
export class RubricCriterion {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  rubricVersionId!: number;

  /** Order in the rubric. */
  @Column({ type: 'int' })
  position!: number;

  /** timeliness, completeness, … unique within the version. */
  @Column({ type: 'varchar', length: 40 })
  criterionKey!: string;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Column({ type: 'double' })
  maxPoints!: number;

  /** A RuleKind. */
  @Column({ type: 'varchar', length: 30 })
  ruleKind!: string;

  /** The kind's parameters, complete (defaults filled in), as JSON. */
  @Column({ type: 'text' })
  parameters!: string;
}
