// TypeORM and class-transformer read decorator metadata through the global Reflect API.
import 'reflect-metadata';
