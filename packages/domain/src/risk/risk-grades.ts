export const RISK_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type RiskGrade = (typeof RISK_GRADES)[number];

/** The lowest score of each grade, safest first; below the last one is E. */
export const GRADE_THRESHOLDS: readonly { grade: Exclude<RiskGrade, 'E'>; minScore: number }[] = [
  { grade: 'A', minScore: 80 },
  { grade: 'B', minScore: 65 },
  { grade: 'C', minScore: 50 },
  { grade: 'D', minScore: 35 },
];

export function gradeForScore(score: number): RiskGrade {
  for (const { grade, minScore } of GRADE_THRESHOLDS) {
    if (score >= minScore) return grade;
  }
  return 'E';
}

/** Grades risky enough that one reviewer's approval is not enough: a second, different reviewer must agree. */
export const TWO_REVIEWER_GRADES = ['D', 'E'] as const satisfies readonly RiskGrade[];

export function requiresTwoReviewers(grade: RiskGrade): boolean {
  return (TWO_REVIEWER_GRADES as readonly RiskGrade[]).includes(grade);
}
