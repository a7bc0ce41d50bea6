export { parse } from '@retorquere/bibtex-parser';
