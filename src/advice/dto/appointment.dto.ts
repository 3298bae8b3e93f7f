import { Choice, OptionalText, RequiredText } from '../../common/forms/fields';

export const APPOINTMENT_MODES = ['online', 'place', 'phone'] as const;

/** Plan or change an appointment: date and times in Amsterdam time, and where. */
export class AppointmentDto {
  @RequiredText(10) appointmentDate!: string;
  @RequiredText(5) appointmentStart!: string;
  @RequiredText(5) appointmentEnd!: string;
  @Choice(APPOINTMENT_MODES) appointmentMode!: (typeof APPOINTMENT_MODES)[number];
  @OptionalText(500) appointmentLocation?: string;
}
