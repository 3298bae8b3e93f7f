import { Injectable } from '@nestjs/common';

/** (being written) */
@Injectable()
export class ApplicationService {}
