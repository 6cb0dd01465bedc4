/** Any problem with a project file; the message always names the file. */
export class ProjectFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ProjectFileError';
  }
}
