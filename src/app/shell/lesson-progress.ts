/** Lesson progress kept in this browser, and the lesson in progress: loaded after start-up, with the lessons. */
import { getLesson, type Lesson } from '../../core/teach';
import { browserStorage, progressStore } from '../teach/storage';

export const store = progressStore(browserStorage());

/** The lesson the user was in when the page was last open, if any. */
export function activeLesson(): Lesson | undefined {
  const id = store.load().active;
  return id ? getLesson(id) : undefined;
}
