import type { Role } from '../access/role';

declare global {
  namespace Express {
    /** The signed-in user as the request carries it (loaded per request by passport). */
    interface User {
      id: number;
      email: string;
      name: string;
      role: Role;
      locale: string;
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    /** When the user signed in: the absolute lifetime counts from here. */
    signedInAt?: number;
    flash?: {
      type: 'success' | 'info' | 'warning' | 'error';
      key: string;
      params?: Record<string, string>;
    };
  }
}
export {};
