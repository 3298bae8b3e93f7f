import { Choice, OptionalText, RequiredText } from '../../common/forms/fields';
import { MESSAGE_MAX } from '../advice-status';

/** Staff assign an adviser (a staff or admin user; checked by the service). */
export class AssignAdviserDto {
  @RequiredText(12) adviserId!: string;
}

export const STATUS_TARGETS = [
  'assigned',
  'in_progress',
  'appointment',
  'completed',
  'referred',
  'closed',
] as const;

/** Staff change the status; referral needs where to, closing without advice a reason. */
export class ChangeStatusDto {
  @Choice(STATUS_TARGETS) status!: (typeof STATUS_TARGETS)[number];
  @OptionalText(300) referredTo?: string;
  @OptionalText(1000) closeReason?: string;
}

export const NOTE_MAX = 5000;

export class AddNoteDto {
  @RequiredText(NOTE_MAX) note!: string;
}

export class SendMessageDto {
  @RequiredText(MESSAGE_MAX) message!: string;
}
