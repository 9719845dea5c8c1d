/** Worker-thread entry for the batch pool (tinypool): one task at a time. */
import { convert, type ConvertTask } from './convert.js';

export default function run(task: ConvertTask) {
  return convert(task);
}
