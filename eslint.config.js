// ESLint flat config: typescript-eslint with type information over every folder.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "data/", "test-results/", ".tsbuild/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Promises must be awaited or explicitly voided: a dropped rejection loses an error.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // DOM listeners may be async: each handles its own errors and shows them beside the control.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      // An async method can implement an async interface without awaiting anything.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Tests and the benchmark read JSON answers of the real server; their shapes are asserted there.
    files: ["tests/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/restrict-template-expressions": "off",
    },
  },
  {
    // Plain JavaScript outside any TypeScript project; the server's worker entry files (.mjs)
    // are in server/tsconfig.json (checkJs) and linted with type information like the rest.
    files: ["**/*.js", "**/*.mjs"],
    ignores: ["server/**"],
    ...tseslint.configs.disableTypeChecked,
  },
);
