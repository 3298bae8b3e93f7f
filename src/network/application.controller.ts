import { Controller } from '@nestjs/common';

/** (being written) */
@Controller()
export class ApplicationController {}
