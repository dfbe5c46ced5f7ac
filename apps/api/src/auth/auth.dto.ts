import { addRoleSchema, loginSchema, registerSchema } from '@crowdstake/domain';
import { createZodDto } from 'nestjs-zod';

export class RegisterDto extends createZodDto(registerSchema) {}
export class LoginDto extends createZodDto(loginSchema) {}
export class AddRoleDto extends createZodDto(addRoleSchema) {}
