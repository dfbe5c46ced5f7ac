import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Roles } from '../auth/access.decorators';
import { ValidationFailedError } from '../common/errors/app-error';
import { ClockService } from './clock.service';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

class MoveClockDto extends createZodDto(
  z.strictObject({ now: z.iso.datetime({ offset: true, error: 'now must be an ISO 8601 date-time.' }) }),
) {}

/** Registered only when TEST_CLOCK=on (see ClockModule); otherwise these paths do not exist. */
@ApiTags('platform')
@Controller('test-clock')
export class TestClockController {
  constructor(private readonly clock: ClockService) {}

  @ApiDoc({ summary: 'The platform’s business time (TEST_CLOCK=on only)', answer: S.clockSchema })
  @Get()
  @Roles('admin')
  read() {
    return { now: this.clock.now().toISOString() };
  }

  @ApiDoc({ summary: 'Move business time forward (TEST_CLOCK=on only)', answer: S.clockSchema })
  @Post()
  @HttpCode(200)
  @Roles('admin')
  async move(@Body() body: MoveClockDto) {
    const target = new Date(body.now);
    if (target.getTime() < this.clock.now().getTime()) {
      throw new ValidationFailedError('The test clock only moves forward.', [
        {
          path: 'now',
          code: 'too_early',
          message: `Must not be before the current platform time ${this.clock.now().toISOString()}.`,
        },
      ]);
    }
    return { now: (await this.clock.advanceTo(target)).toISOString() };
  }
}
