/** Every lesson, in the order the lessons panel lists them. */
import type { Lesson } from '../types';
import { experimentLesson } from './experiment';
import { httpsSidecarLesson } from './https-sidecar';
import { logToStdoutLesson } from './log-to-stdout';
import { redisMetricsLesson } from './redis-metrics';
import { shardRedisLesson } from './shard-redis';

export const LESSONS: readonly Lesson[] = [
  httpsSidecarLesson,
  shardRedisLesson,
  experimentLesson,
  redisMetricsLesson,
  logToStdoutLesson,
];
