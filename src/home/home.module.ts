import { Module } from '@nestjs/common';
import { NewsletterModule } from '../newsletter/newsletter.module';
import { HomeController } from './home.controller';

@Module({ imports: [NewsletterModule], controllers: [HomeController] })
export class HomeModule {}
