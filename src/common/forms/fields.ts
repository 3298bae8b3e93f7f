import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { wholeNumber } from './parse';

/**
 * Field decorators with the platform's messages, so DTOs read as a list of rules.
 * Each checks type first: a repeated field (an array) or a missing one gets a clear message.
 */
const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

export function RequiredText(max: number): PropertyDecorator {
  return (target, key) => {
    trim(target, key);
    IsString({ message: 'validation.invalid' })(target, key);
    IsNotEmpty({ message: 'validation.required' })(target, key);
    MaxLength(max, { message: 'validation.tooLong', context: { max } })(target, key);
  };
}

export function OptionalText(max: number): PropertyDecorator {
  return (target, key) => {
    trim(target, key);
    IsOptional()(target, key);
    IsString({ message: 'validation.invalid' })(target, key);
    MaxLength(max, { message: 'validation.tooLong', context: { max } })(target, key);
  };
}

export function EmailField(): PropertyDecorator {
  return (target, key) => {
    trim(target, key);
    IsString({ message: 'validation.invalid' })(target, key);
    IsNotEmpty({ message: 'validation.required' })(target, key);
    MaxLength(254, { message: 'validation.tooLong', context: { max: 254 } })(target, key);
    IsEmail({}, { message: 'validation.email' })(target, key);
  };
}

/** Passwords are not trimmed; their length rules live in the password policy. */
export function PasswordField(): PropertyDecorator {
  return (target, key) => {
    IsString({ message: 'validation.invalid' })(target, key);
    IsNotEmpty({ message: 'validation.required' })(target, key);
    MaxLength(1000, { message: 'validation.tooLong', context: { max: 1000 } })(target, key);
  };
}

export function Choice(options: readonly string[]): PropertyDecorator {
  return (target, key) => {
    IsString({ message: 'validation.choose' })(target, key);
    IsIn(options, { message: 'validation.choose' })(target, key);
  };
}

export function OptionalPattern(pattern: RegExp, max: number): PropertyDecorator {
  return (target, key) => {
    OptionalText(max)(target, key);
    Matches(pattern, { message: 'validation.format' })(target, key);
  };
}

/** A whole number typed in a form field, from `min` to `max` (still a string in the DTO). */
export function WholeNumberField(min: number, max: number, optional = false): PropertyDecorator {
  return (target, key) => {
    trim(target, key);
    if (optional) IsOptional()(target, key);
    IsString({ message: 'validation.number' })(target, key);
    if (!optional) IsNotEmpty({ message: 'validation.required' })(target, key);
    ValidateBy(
      {
        name: 'wholeNumberInRange',
        validator: {
          validate: (value: unknown) =>
            (optional && value === '') ||
            (typeof value === 'string' && wholeNumber(value, min, max) !== null),
        },
      },
      { message: 'validation.numberRange', context: { min, max } },
    )(target, key);
  };
}
