// The floor of test/typescript-cost.test.ts: what any project with the consumer's settings pays
// before it imports anything (checking the standard library's declarations, skipLibCheck off).
export const nothing = 0;
