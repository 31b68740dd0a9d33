import { http } from './client.ts';
import type {
  AuditPage,
  Contact,
  Member,
  Overview,
  Provider,
  RoleGrant,
  SessionView,
  User,
  UserList,
} from './types.ts';

export const authApi = {
  session: () => http.get<SessionView>('/api/auth/session'),
  login: (email: string, password: string) => http.post<SessionView>('/api/auth/login', { email, password }),
  logout: () => http.post<void>('/api/auth/logout'),
  providers: () => http.get<{ providers: Provider[] }>('/api/auth/providers'),
  saveLanguage: (locale: 'nb' | 'en') => http.patch<{ locale: 'nb' | 'en' }>('/api/me', { locale }),
};

export const cooperationApi = {
  overview: () => http.get<Overview>('/api/cooperation'),
  member: (id: string) => http.get<Member>(`/api/members/${encodeURIComponent(id)}`),
  memberUsers: (id: string) => http.get<{ items: User[] }>(`/api/members/${encodeURIComponent(id)}/users`),
  addContact: (memberId: string, input: ContactInput) =>
    http.post<Contact>(`/api/members/${encodeURIComponent(memberId)}/contacts`, input),
  endContact: (contactId: string, validTo: string) =>
    http.post<Contact>(`/api/contacts/${encodeURIComponent(contactId)}/end`, { validTo }),
};

export interface ContactInput {
  name: string;
  title: string;
  email?: string | null;
  phone?: string | null;
  validFrom: string;
  validTo?: string | null;
}

export interface UserQuery {
  search?: string;
  memberId?: string;
  role?: string;
  active?: 'true' | 'false';
  limit?: number;
  offset?: number;
}

export interface UserInput {
  email: string;
  name: string;
  memberId: string | null;
  locale: 'nb' | 'en';
  roles: RoleGrant[];
  password?: string;
}

export const usersApi = {
  list: (q: UserQuery) => http.get<UserList>('/api/users', { ...q }),
  get: (id: string) => http.get<User>(`/api/users/${encodeURIComponent(id)}`),
  create: (input: UserInput) => http.post<User>('/api/users', input),
  update: (id: string, input: Partial<UserInput> & { active?: boolean }) =>
    http.patch<User>(`/api/users/${encodeURIComponent(id)}`, input),
};

export interface AuditQuery {
  entityType?: string;
  action?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
  cursor?: number;
  limit?: number;
}

export const auditApi = {
  list: (q: AuditQuery) => http.get<AuditPage>('/api/audit', { ...q }),
};
