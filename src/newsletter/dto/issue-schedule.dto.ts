import { RequiredText } from '../../common/forms/fields';

/** The moment to send, as the browser's date and time inputs send it, in Amsterdam time. */
export class ScheduleIssueDto {
  @RequiredText(10) scheduledDate!: string;
  @RequiredText(5) scheduledTime!: string;
}
