import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ClockService } from './clock.service';
import { TestClockController } from './test-clock.controller';

@Global()
@Module({})
export class ClockModule {
  static forRoot(testClock: boolean): DynamicModule {
    return {
      module: ClockModule,
      controllers: testClock ? [TestClockController] : [],
      providers: [ClockService],
      exports: [ClockService],
    };
  }
}
